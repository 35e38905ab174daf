"""The command line: ``chinacheck.cli.main`` parses the arguments and runs one command."""
