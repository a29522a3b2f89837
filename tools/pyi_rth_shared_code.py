# PyInstaller runtime hook (build.spec lists it first): Cunwu and cunwu-cli read their Python
# code from one archive in the shared folder, _internal/cunwu-code.pyz, instead of each
# executable carrying its own 8.5 MB copy (that copy was the release zip's last 9 MB over target).
#
# Each executable's own code archive is empty, so until this hook runs only the interpreter's
# start-up modules (base_library.zip) exist. It points PyInstaller's importer at the shared
# archive and redoes the ctypes set-up that start-up skipped because ctypes was not there yet.
# It relies on PyInstaller 6's loader modules (pyimod01/02/03); pyproject pins pyinstaller < 7
# and the build's self-tests of both executables fail loudly if that loader ever changes.
import os
import sys

import pyimod01_archive
import pyimod02_importers
import pyimod03_ctypes


def _use_shared_code_archive():
    path = os.path.join(sys._MEIPASS, "cunwu-code.pyz")
    if not os.path.isfile(path):
        # A half-unzipped folder or an antivirus quarantine: say which file, not a bare traceback
        # (the windowed program shows this in PyInstaller's error box).
        raise RuntimeError(f"村务通程序文件不全：缺少 {path}。请重新解压整个压缩包（不要只复制 .exe）。")
    archive = pyimod01_archive.ZlibArchiveReader(path, check_pymagic=True)
    pyimod02_importers.pyz_archive = archive       # finders made from now on
    pyimod02_importers._pyz_tree = None            # pkgutil's module tree, built on first use
    for finder in list(sys.path_importer_cache.values()):
        if isinstance(finder, pyimod02_importers.PyiFrozenFinder):
            finder._pyz_archive = archive          # finders made during start-up
    pyimod03_ctypes.install()


_use_shared_code_archive()
del _use_shared_code_archive
