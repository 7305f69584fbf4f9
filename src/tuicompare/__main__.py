"""Allow ``python -m tuicompare``."""

if __name__ == "__main__":
    # Imported here only: a process that multiprocessing spawns (a parsing worker) runs this module again
    # as ``__mp_main__``, and the command line is none of its business (0.015 s of CPU each).
    from tuicompare.cli import main

    raise SystemExit(main())
