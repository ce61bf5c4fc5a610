"""`python -m kariyer`: the same entry point as the `kariyer` command."""

from kariyer.entry import main

if __name__ == "__main__":
    main()
