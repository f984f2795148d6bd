"""python -m veille"""

from veille.cli import main

raise SystemExit(main())
