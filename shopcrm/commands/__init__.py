"""One module per `shopcrm` subcommand.

Each module has ``NAME``, ``HELP`` (Korean, English), ``add_arguments(parser)`` and
``run(args, target) -> int``; `shopcrm.cli` lists them in ``COMMANDS``. Subcommand modules
import their core modules inside ``run`` so that ``--help`` stays fast.
"""
