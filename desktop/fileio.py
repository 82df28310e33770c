"""The one door through which Posture writes a file, and reads a plan file.

Every command and every dialog writes with :func:`atomic_write` (after an early
:func:`check_output`, so a refusal comes before any work). It enforces, whatever the caller:

- **Nothing the process reads is overwritten.** The plan library (every path a
  :class:`db.Library` was opened on, and the library named by ``--db``), its ``-wal``, ``-shm``
  and ``-journal``, and every input file of the command (:func:`read_input` inside
  :func:`command_inputs`) are compared with the target by device and inode (so a relative path,
  a symlink, a hard link or ``/proc/self/fd/N`` are all recognised), and by resolved name for a
  target that does not exist yet (a ``-wal`` SQLite has not made). Such an output is refused.
- **A symlink is written through**: its target is replaced atomically, the link stays a link.
- **A device, FIFO or socket is never replaced.** A character device (``/dev/null``,
  ``/dev/stdout``, a terminal) or a FIFO is written *through*, as ``cp`` does: opened and
  written, not renamed over (a FIFO nobody reads is refused at once instead of hanging). A block
  device, a socket or a folder is refused.
- ``-`` is standard output (:data:`STDOUT`); callers only allow it for text formats.
- A regular file is replaced all at once: a temporary file in the same folder, fsynced, renamed
  over the target, the folder fsynced. Readers see the old file or the new one. The temporary
  file has a short name of its own (``.posture-<pid>-<random>.tmp``), so a 250-byte file name
  works, and a temporary left by a killed writer (its process is gone) is removed by the next
  write into that folder.

Reading: :func:`read_input` refuses anything but a regular file (a FIFO, ``/dev/zero``, a
folder) before opening it, never blocks (``O_NONBLOCK``), and refuses a file above its size limit
with a message that gives the limit.

Pure: no Qt.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from desktop.climessages import os_error_text
from desktop.i18n import translate, translate_noop

__all__ = [
    "MAX_PLAN_FILE_BYTES",
    "STDOUT",
    "FileRefused",
    "Output",
    "atomic_write",
    "check_input",
    "check_output",
    "command_inputs",
    "protect_input",
    "protect_library",
    "read_input",
    "release_library",
]

#: The output path that means standard output (``-o -``).
STDOUT = "-"

#: The largest plan file read (a 10,000-unit plan is about 3 MB).
MAX_PLAN_FILE_BYTES = 64 * 1024 * 1024

#: SQLite's companion files of a library.
_COMPANIONS = ("-wal", "-shm", "-journal")

#: Our temporary files: ``.posture-<pid>-<mkstemp's 8 characters>.tmp``.
_TMP_PREFIX = ".posture-"
_TMP = re.compile(r"^\.posture-(\d+)-[A-Za-z0-9_]{8}\.tmp$")
#: A temporary whose writer may still live is removed only when older than this (pid reuse).
_STALE_AFTER_S = 24 * 3600.0
#: The temporaries earlier builds made (``.<target name>.<8 characters>.tmp``), and when one is
#: surely abandoned (a write takes seconds).
_LEGACY_TMP = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")
_LEGACY_STALE_AFTER_S = 600.0


class FileRefused(OSError):
    """A file cannot be written or read as asked (one line naming it and why); nothing was written.

    An ``OSError``, so that every caller that handles a failed write handles a refusal too."""


# -- what the process reads ---------------------------------------------------------------------

#: Libraries to protect: path -> how many holders (an open :class:`db.Library` each, or a command
#: for its whole run). A closed library of the window is no longer protected; the CLI's stays.
_libraries: dict[str, int] = {}
_inputs: list[str] | None = None


def protect_library(path: str | os.PathLike[str]) -> None:
    """Never write over the library at ``path``, its -wal, -shm or -journal, until as many
    :func:`release_library` calls (a command never releases its library)."""
    p = os.path.abspath(os.fspath(path))
    _libraries[p] = _libraries.get(p, 0) + 1


def release_library(path: str | os.PathLike[str]) -> None:
    """One holder of ``path`` is done with it (a :class:`db.Library` closed)."""
    p = os.path.abspath(os.fspath(path))
    if _libraries.get(p, 0) > 1:
        _libraries[p] -= 1
    else:
        _libraries.pop(p, None)


def protect_input(path: str | os.PathLike[str]) -> None:
    """Never write over ``path`` while the current command runs (see :func:`command_inputs`)."""
    if _inputs is not None:
        p = os.path.abspath(os.fspath(path))
        if p not in _inputs:
            _inputs.append(p)


@contextmanager
def command_inputs() -> Iterator[None]:
    """While this runs (one command), every file read with :func:`read_input` is protected."""
    global _inputs
    previous, _inputs = _inputs, []
    try:
        yield
    finally:
        _inputs = previous


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


def _refuse_if_protected(shown: str, st: os.stat_result | None, real: str) -> None:
    """Refuse a target that is (by device and inode, or by resolved name when it does not exist
    yet) a protected library, one of its companions, or an input."""
    ident = (st.st_dev, st.st_ino) if st is not None else None

    def refuse(path: str, what: str) -> None:
        text = translate("Files", "{file}: refused: this is {what} ({path}); nothing was written")
        raise FileRefused(text.format(file=shown, what=what, path=path))

    for lib in list(_libraries):
        names = dict.fromkeys((lib, os.path.realpath(lib)))
        library_here = _identity(lib)
        for name in names:
            for companion in ("", *_COMPANIONS):
                path = name + companion
                if real == path or (ident is not None and library_here is not None and _identity(path) == ident):
                    if companion:
                        what = translate("Files", "the plan library's {companion} file").format(companion=companion[1:])
                    else:
                        what = translate("Files", "the plan library")
                    refuse(path, what)
    for path in _inputs or ():
        if real == os.path.realpath(path) or (ident is not None and _identity(path) == ident):
            refuse(path, translate("Files", "an input of this command"))


# -- outputs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Output:
    """Where :func:`atomic_write` writes: ``kind`` is ``stdout``, ``through`` (a character device
    or FIFO, written in place) or ``replace`` (a regular file or a new one, at ``path``, the
    resolved target of any symlink)."""

    kind: str
    path: str
    shown: str


def _kind_name(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return translate("Files", "a folder")
    if stat.S_ISBLK(mode):
        return translate("Files", "a block device")
    if stat.S_ISSOCK(mode):
        return translate("Files", "a socket")
    if stat.S_ISCHR(mode):
        return translate("Files", "a character device")
    if stat.S_ISFIFO(mode):
        return translate("Files", "a FIFO")
    return translate("Files", "not a regular file")


def check_output(path: str | os.PathLike[str]) -> Output:
    """Where ``path`` would be written, or :class:`FileRefused` (before any work is done).

    Refuses the library and the command's inputs (module docstring), a folder, a block device,
    a socket and a missing folder.
    """
    shown = os.fspath(path)
    if shown == STDOUT:
        return Output("stdout", STDOUT, translate("Files", "standard output"))
    if not shown:
        raise FileRefused(translate("Files", "no output file given"))
    try:
        st: os.stat_result | None = os.stat(shown)  # follows symlinks
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise FileRefused(_cannot_write(shown, os_error_text(e))) from None
    real = os.path.realpath(shown)
    _refuse_if_protected(shown, st, real)
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
            return Output("through", shown, shown)  # opened by its own name (/dev/stdout is a magic link)
        text = translate("Files", "{file}: is {kind}, not a file; nothing was written")
        raise FileRefused(text.format(file=shown, kind=_kind_name(st.st_mode)))
    folder = os.path.dirname(real) or "."
    if not os.path.isdir(folder):
        why = translate("Files", "the folder {folder} does not exist").format(folder=folder)
        raise FileRefused(_cannot_write(shown, why))
    if not os.access(folder, os.W_OK | os.X_OK):
        why = translate("Files", "the folder {folder} is not writable").format(folder=folder)
        raise FileRefused(_cannot_write(shown, why))
    return Output("replace", real, shown)


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` whole, through :func:`check_output`'s rules (module docstring).

    Raises :class:`FileRefused` for a target that must not be written, ``OSError`` when the
    write fails (the old file is then as it was, and no temporary file is left).
    """
    out = check_output(path)
    if out.kind == "stdout":
        stream = sys.stdout.buffer
        stream.write(data)
        stream.flush()
    elif out.kind == "through":
        _write_through(out, data)
    else:
        _replace(out.path, data)


def _write_through(out: Output, data: bytes) -> None:
    try:
        fd = os.open(out.path, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as e:
        if e.errno == errno.ENXIO:  # a FIFO with no reader: waiting would hang
            text = translate("Files", "{file}: is a FIFO that nobody reads; nothing was written")
            raise FileRefused(text.format(file=out.shown)) from None
        raise
    try:
        flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        fcntl.fcntl(fd, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _replace(target: str, data: bytes) -> None:
    folder = os.path.dirname(target) or "."
    _remove_stale(folder)
    try:
        mode = os.stat(target).st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f"{_TMP_PREFIX}{os.getpid()}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)  # mkstemp creates 0600; an exported plan is meant to be shared
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(folder)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def _remove_stale(folder: str) -> None:
    """Remove our temporaries in ``folder`` whose writer is gone (killed mid-write)."""
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        m = _TMP.match(entry.name)
        legacy = m is None and _LEGACY_TMP.match(entry.name) is not None
        if m is None and not legacy:
            continue
        with contextlib.suppress(OSError):
            st = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(st.st_mode):
                continue
            if legacy:  # ``.NAME.xxxxxxxx.tmp`` of builds before this one: no pid to ask
                if now - st.st_mtime > _LEGACY_STALE_AFTER_S:
                    os.unlink(entry.path)
            elif not _alive(int(m.group(1))) or now - st.st_mtime > _STALE_AFTER_S:  # type: ignore[union-attr]
                os.unlink(entry.path)


def _fsync_folder(folder: str) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


# -- inputs -------------------------------------------------------------------------------------


def _megabytes(n: int) -> str:
    if n >= 1024 * 1024:
        return translate("Files", "{n} MB").format(n=f"{n / (1024 * 1024):.0f}")
    return translate("Files", "{n} bytes").format(n=n)


def _cannot_write(shown: str, why: str) -> str:
    return translate("Files", "{file}: cannot write ({why})").format(file=shown, why=why)


def _cannot_read(shown: str, error: OSError) -> str:
    return translate("Files", "{file}: cannot read ({why})").format(file=shown, why=os_error_text(error))


#: What an input is, in messages (``read_input(what=…)``), for the catalogue.
_WHAT = (translate_noop("Files", "plan file"), translate_noop("Files", "GIS file"))


def _what(what: str) -> str:
    return translate("Files", what) if what in _WHAT else what


def check_input(path: str | os.PathLike[str], limit: int = MAX_PLAN_FILE_BYTES, what: str = "plan file") -> None:
    """Refuse (:class:`FileRefused`) anything but a regular file of at most ``limit`` bytes,
    without opening it (a FIFO would block), and protect it from this command's outputs."""
    shown = os.fspath(path)
    try:
        st = os.stat(shown)
    except OSError as e:
        raise FileRefused(_cannot_read(shown, e)) from None
    _check_stat(shown, st, limit, what)
    protect_input(shown)


def _check_stat(shown: str, st: os.stat_result, limit: int, what: str) -> None:
    if not stat.S_ISREG(st.st_mode):
        text = translate("Files", "{file}: is {kind}, not a {what}")
        raise FileRefused(text.format(file=shown, kind=_kind_name(st.st_mode), what=_what(what)))
    if st.st_size > limit:
        text = translate("Files", "{file}: the file is {size}; a {what} may be at most {limit}")
        size, most = _megabytes(st.st_size), _megabytes(limit)
        raise FileRefused(text.format(file=shown, size=size, what=_what(what), limit=most))


def read_input(path: str | os.PathLike[str], limit: int = MAX_PLAN_FILE_BYTES, what: str = "plan file") -> bytes:
    """The bytes of the regular file ``path`` (at most ``limit``), or :class:`FileRefused`."""
    shown = os.fspath(path)
    check_input(shown, limit, what)
    try:
        fd = os.open(shown, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as e:
        raise FileRefused(_cannot_read(shown, e)) from None
    try:
        _check_stat(shown, os.fstat(fd), limit, what)  # what was opened, if it changed since
        chunks = []
        size = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                text = translate("Files", "{file}: the file grew past {limit}, the limit of a {what}")
                raise FileRefused(text.format(file=shown, limit=_megabytes(limit), what=_what(what)))
            chunks.append(chunk)
    except FileRefused:
        raise
    except OSError as e:
        raise FileRefused(_cannot_read(shown, e)) from None
    finally:
        os.close(fd)
    return b"".join(chunks)
