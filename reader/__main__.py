"""`python -m reader` runs the same command line as `margin`."""

from reader.cli import main

raise SystemExit(main())
