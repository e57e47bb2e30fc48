"""Privacy: anonymising residents' messages before anything stores them for review."""
