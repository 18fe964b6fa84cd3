"""Parse checks and text extraction in a separate, limited, killable process.

Parser libraries are large and their worst cases are not ours to fix: a 5.5 MB spreadsheet once
ran 400 s and took 5 GB inside the app. So every hostile-input parser runs in a child process
(``python -m offline_ready.vault.isolate``) that

* limits itself before it reads anything: CPU time (``RLIMIT_CPU``), address space
  (``RLIMIT_AS``), no files written (``RLIMIT_FSIZE``), no core dumps, lower priority; on
  Windows the parent puts it in a job object with a per-process CPU-time and memory limit
  (written to the documented API, not run on this project's CI);
* gets the document's bytes on its standard input (nothing is written to disk, so an encrypted
  vault never has a plaintext copy lying around for a kill to leave behind);
* is killed by the parent at a wall-clock deadline or when the user cancels.

The parent reads at most a bounded amount of output and turns every way the child can end into
one plain sentence (:class:`~.textextract.ExtractError`).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..i18n import _, current_language, set_language
from .textextract import MAX_TEXT_CHARS, ExtractError, LimitExceeded, extract_text_stream, parse_check_stream

EXIT_MEMORY = 3
EXIT_BAD_REQUEST = 4
FEED_CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What one parse of one document may cost."""

    cpu_seconds: int = 60
    memory_bytes: int = 1536 << 20
    wall_seconds: float = 120.0
    max_chars: int = MAX_TEXT_CHARS
    max_input_bytes: int = 4096 << 20


DEFAULT_LIMITS = Limits()


@dataclass
class Inspection:
    """A download's parse check and, when asked for and it parses, its text (or why there is none)."""

    reason: str | None = None  # None: it parses as its type
    text: str | None = None
    text_error: str | None = None


def inspect_isolated(path: Path, family: str, *, with_text: bool = False, limits: Limits = DEFAULT_LIMITS,
                     cancel: threading.Event | None = None) -> Inspection:
    """Parse-check the file as ``family`` (and extract its text) in one limited child process.

    Too costly to check is not the same as broken: a file over a limit parses (``reason`` None)
    and comes back with ``text_error`` set, so it is kept but not searchable.
    """
    size = path.stat().st_size
    try:
        out = _run({"mode": "both" if with_text else "check", "family": family}, file_chunks(path), size,
                   limits, cancel)
    except ExtractError as exc:
        if with_text:  # the check alone may pass: then it was reading the text that failed
            again = inspect_isolated(path, family, limits=limits, cancel=cancel)
            if again.reason is None and again.text_error is None:
                again.text_error = str(exc)
            return again
        if isinstance(exc, LimitExceeded):
            return Inspection(text_error=str(exc))
        return Inspection(reason=str(exc))
    text = out.get("text")
    return Inspection(reason=out.get("reason"), text=None if text is None else str(text)[: limits.max_chars],
                      text_error=out.get("text_error"))


def extract_isolated(chunks: Iterable[bytes], size: int, family: str, *, limits: Limits = DEFAULT_LIMITS,
                     cancel: threading.Event | None = None) -> str:
    """The document's text for search. Raises ExtractError (with a sentence) or Cancelled."""
    out = _run({"mode": "text", "family": family}, chunks, size, limits, cancel)
    return str(out.get("text", ""))[: limits.max_chars]


def file_chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        while chunk := fh.read(FEED_CHUNK):
            yield chunk


# --- parent ---------------------------------------------------------------------------------------

def _child_env() -> dict[str, str]:
    """The child imports this same package (also from a source checkout), writes no bytecode."""
    package_parent = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    env["PYTHONPATH"] = os.pathsep.join([package_parent, *filter(None, [os.environ.get("PYTHONPATH")])])
    return env


def _run(request: dict, chunks: Iterable[bytes], size: int, limits: Limits,
         cancel: threading.Event | None) -> dict:
    if size > limits.max_input_bytes:
        raise LimitExceeded(_("the file is larger than {size} MB, too large to read").format(
            size=limits.max_input_bytes >> 20))
    request = {**request, "size": size, "max_chars": limits.max_chars, "cpu": limits.cpu_seconds,
               "memory": limits.memory_bytes, "language": current_language()}  # the child says why in it
    kwargs: dict = {}
    if sys.platform == "win32":  # pragma: no cover - Windows only
        kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW  # type: ignore[attr-defined]
    else:
        kwargs["start_new_session"] = True  # Ctrl+C in a terminal reaches the app, which decides
    proc = subprocess.Popen([sys.executable, "-m", "offline_ready.vault.isolate"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_child_env(), **kwargs)
    job = _windows_job(proc, limits) if sys.platform == "win32" else None
    started = time.monotonic()
    output = bytearray()
    cap = limits.max_chars * 6 + (64 << 10)
    overflow = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        while chunk := proc.stdout.read(1 << 16):
            output.extend(chunk)
            if len(output) > cap:
                overflow.set()
                _kill(proc)
                return

    def feed() -> None:
        assert proc.stdin is not None
        try:
            proc.stdin.write(json.dumps(request).encode() + b"\n")
            for chunk in chunks:
                proc.stdin.write(chunk)
        except (BrokenPipeError, OSError, ValueError):
            pass  # the child ended early (a limit, or it had read enough); its exit says why
        finally:
            with contextlib.suppress(OSError):
                proc.stdin.close()

    threads = [threading.Thread(target=read, daemon=True, name="extract-read"),
               threading.Thread(target=feed, daemon=True, name="extract-feed")]
    for t in threads:
        t.start()
    try:
        while True:
            try:
                proc.wait(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                pass
            if cancel is not None and cancel.is_set():
                _kill(proc)
                from .model import Cancelled

                raise Cancelled()
            if time.monotonic() - started > limits.wall_seconds:
                _kill(proc)
                raise LimitExceeded(_("reading it took longer than {seconds:g} s").format(seconds=limits.wall_seconds))
        for t in threads:
            t.join(5)
    finally:
        _kill(proc)
        if job is not None:  # pragma: no cover - Windows only
            _close_handle(job)
    return _outcome(proc.returncode, bytes(output), overflow.is_set(), limits)


def _outcome(rc: int, output: bytes, overflow: bool, limits: Limits) -> dict:
    if overflow:
        raise LimitExceeded(_("the text reader produced more output than allowed"))
    if rc == 0:
        try:
            data = json.loads(output.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise ExtractError(_("the text reader gave an unreadable answer")) from None
        if isinstance(data, dict) and "error" in data:
            kind = LimitExceeded if data.get("limit") else ExtractError
            raise kind(str(data["error"])[:300])
        if isinstance(data, dict):
            return data
        raise ExtractError(_("the text reader gave an unreadable answer"))
    cpu_signals = {getattr(signal, "SIGXCPU", -1), signal.SIGKILL if hasattr(signal, "SIGKILL") else -1}
    if rc == EXIT_MEMORY or rc == -getattr(signal, "SIGSEGV", 11):
        raise LimitExceeded(_memory_message(limits.memory_bytes))
    if -rc in cpu_signals:
        raise LimitExceeded(_("reading it used more than {seconds} s of processor time").format(
            seconds=limits.cpu_seconds))
    if sys.platform == "win32" and rc == 1816:  # pragma: no cover - ERROR_NOT_ENOUGH_QUOTA from the job
        raise LimitExceeded(_("reading it went over the memory or processor-time limit"))
    raise ExtractError(_("the text reader stopped unexpectedly (exit status {code})").format(code=rc))


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        with contextlib.suppress(OSError):
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(5)


def _windows_job(proc: subprocess.Popen, limits: Limits) -> int | None:  # pragma: no cover - Windows only
    """Put the child in a job object with a CPU-time and memory limit; killed when the job closes.

    Written to the documented Win32 API; not exercised on this project's Linux CI. The child
    reads its request before it parses anything, so it is inside the job before hostile bytes
    reach a parser.
    """
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]

    class IoCounters(ctypes.Structure):
        _fields_ = [(n, ctypes.c_ulonglong) for n in (
            "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
            "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]

    class BasicLimits(ctypes.Structure):
        _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64), ("PerJobUserTimeLimit", ctypes.c_int64),
                    ("LimitFlags", wintypes.DWORD), ("MinimumWorkingSetSize", ctypes.c_size_t),
                    ("MaximumWorkingSetSize", ctypes.c_size_t), ("ActiveProcessLimit", wintypes.DWORD),
                    ("Affinity", ctypes.c_size_t), ("PriorityClass", wintypes.DWORD),
                    ("SchedulingClass", wintypes.DWORD)]

    class ExtendedLimits(ctypes.Structure):
        _fields_ = [("BasicLimitInformation", BasicLimits), ("IoInfo", IoCounters),
                    ("ProcessMemoryLimit", ctypes.c_size_t), ("JobMemoryLimit", ctypes.c_size_t),
                    ("PeakProcessMemoryUsed", ctypes.c_size_t), ("PeakJobMemoryUsed", ctypes.c_size_t)]

    limit_process_time, limit_active, limit_process_memory, kill_on_close = 0x2, 0x8, 0x100, 0x2000
    extended_limit_information = 9
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
    kernel32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD]
    kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return None
    info = ExtendedLimits()
    info.BasicLimitInformation.LimitFlags = limit_process_time | limit_active | limit_process_memory | kill_on_close
    info.BasicLimitInformation.PerProcessUserTimeLimit = limits.cpu_seconds * 10_000_000  # 100 ns units
    info.BasicLimitInformation.ActiveProcessLimit = 1
    info.ProcessMemoryLimit = limits.memory_bytes
    ok = kernel32.SetInformationJobObject(job, extended_limit_information, ctypes.byref(info), ctypes.sizeof(info))
    if not ok or not kernel32.AssignProcessToJobObject(job, wintypes.HANDLE(int(proc._handle))):  # type: ignore[attr-defined]
        _kill(proc)
        _close_handle(job)
        raise ExtractError(_("the text reader could not be limited (job object refused)"))
    return int(job)


def _close_handle(handle: int) -> None:  # pragma: no cover - Windows only
    import ctypes

    ctypes.WinDLL("kernel32").CloseHandle(ctypes.c_void_p(handle))  # type: ignore[attr-defined]


# --- child ----------------------------------------------------------------------------------------

def _limit_self(cpu_seconds: int, memory_bytes: int) -> None:
    """Applied by the child to itself, before it reads a byte of the document (POSIX)."""
    try:
        import resource
    except ImportError:  # Windows: the parent's job object does this
        return
    limits = [(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 2)), (resource.RLIMIT_CORE, (0, 0)),
              (resource.RLIMIT_FSIZE, (0, 0)), (resource.RLIMIT_AS, (memory_bytes, memory_bytes))]
    for what, value in limits:
        try:
            resource.setrlimit(what, value)
        except (ValueError, OSError):  # macOS refuses RLIMIT_AS below the current size; RLIMIT_DATA then
            if what == resource.RLIMIT_AS:
                with contextlib.suppress(ValueError, OSError):
                    resource.setrlimit(resource.RLIMIT_DATA, value)
    with contextlib.suppress(OSError):
        os.nice(10)


def _near_memory_limit(memory_bytes: int) -> bool:
    """Did this process come within a few percent of its memory limit (peak resident size)?"""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: the job object ends the process instead
        return False
    try:  # Linux: this program's own peak; ru_maxrss would include the parent's from before exec()
        with open("/proc/self/status", "rb") as fh:
            hwm = next(line for line in fh if line.startswith(b"VmHWM:"))
        peak = int(hwm.split()[1]) * 1024
    except (OSError, StopIteration, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak *= 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB elsewhere
    return peak >= memory_bytes * 0.9


def _memory_message(memory_bytes: int) -> str:
    return _("reading it needed more than {size} MB of memory").format(size=memory_bytes >> 20)


def _child_main() -> int:
    import io

    sys.dont_write_bytecode = True
    stdin = sys.stdin.buffer
    try:
        request = json.loads(stdin.readline(1 << 16))
        size = int(request["size"])
        _limit_self(int(request["cpu"]), int(request["memory"]))
        set_language(str(request.get("language") or "en"))
    except (ValueError, KeyError, TypeError):
        return EXIT_BAD_REQUEST
    try:
        data = stdin.read(size)
        src = io.BytesIO(data)
        del data
        family, max_chars = request["family"], int(request["max_chars"])
        if request["mode"] == "text":
            answer = {"text": extract_text_stream(src, family, max_chars)}
        else:
            try:
                answer = {"reason": parse_check_stream(src, family)}
            except LimitExceeded as exc:
                answer = {"reason": None, "text_error": str(exc)}
            if request["mode"] == "both" and answer["reason"] is None and "text_error" not in answer:
                try:
                    answer["text"] = extract_text_stream(src, family, max_chars)
                except ExtractError as exc:
                    answer["text_error"] = str(exc)
    except ExtractError as exc:
        answer = {"error": str(exc), "limit": isinstance(exc, LimitExceeded)}
    except MemoryError:
        return EXIT_MEMORY
    failed = "error" in answer or answer.get("reason") or "text_error" in answer
    if failed and _near_memory_limit(int(request["memory"])):
        # C parsers (libxml2) report a failed allocation as a parse error: it was the memory limit
        message = _memory_message(int(request["memory"]))
        if "text_error" in answer and not answer.get("reason"):
            answer["text_error"] = message
        else:
            answer = {"error": message, "limit": True}
    try:
        sys.stdout.buffer.write(json.dumps(answer, ensure_ascii=False).encode("utf-8"))
        sys.stdout.buffer.flush()
    except MemoryError:
        return EXIT_MEMORY
    return 0


if __name__ == "__main__":
    sys.exit(_child_main())
