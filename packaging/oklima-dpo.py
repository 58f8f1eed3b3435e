"""Entry point of the frozen program (build.spec): the same ``main`` as ``oklima-dpo``.

``oklima_dpo/__main__.py`` cannot be the entry script: PyInstaller runs it outside its
package, where its relative import fails.
"""

import sys

from oklima_dpo.app import main

if __name__ == "__main__":
    sys.exit(main())
