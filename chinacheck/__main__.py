from chinacheck.cli import main

raise SystemExit(main())
