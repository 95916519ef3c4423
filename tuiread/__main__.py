from tuiread.cli import main

raise SystemExit(main())
