"""Merge stage: reports of one real event, across documents and languages, become one
canonical event; syndicated copies of a wire story count once."""
