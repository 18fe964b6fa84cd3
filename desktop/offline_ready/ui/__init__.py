"""The Qt desktop front end. The only package of Offline Ready that imports PySide6.

See README.md in this folder for the layering and the interface pages implement.
"""
