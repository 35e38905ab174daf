import sys

if sys.platform == "win32" and sys.stdout is None and len(sys.argv) > 1:
    from chinacheck.winconsole import attach_parent_console

    attach_parent_console()

from chinacheck.cli.main import main  # noqa: E402

raise SystemExit(main())
