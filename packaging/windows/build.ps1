# Builds dist\OfflineReady-VERSION-x64.msi on Windows: the PyInstaller folder, then the MSI (WiX v5).
# Needs Python 3.11+ and the WiX .NET tool (dotnet tool install --global wix --version 5.0.2).
# Run from the repository root: powershell -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$Version = python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
python -m pip install --disable-pip-version-check -q "pyinstaller>=6.10" .
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
python packaging\render_icons.py windows\offline-ready.ico
if ($LASTEXITCODE -ne 0) { throw "icon rendering failed" }
pyinstaller --noconfirm --clean --distpath dist\pyinstaller --workpath build\pyinstaller packaging\pyinstaller\offline-ready.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
Push-Location packaging\windows
try {
  wix build OfflineReady.wxs -arch x64 -d "Version=$Version" -d "BundleDir=..\..\dist\pyinstaller\offline-ready" `
      -o "..\..\dist\OfflineReady-$Version-x64.msi"
  if ($LASTEXITCODE -ne 0) { throw "wix build failed" }
} finally { Pop-Location }
Write-Output "dist\OfflineReady-$Version-x64.msi"
