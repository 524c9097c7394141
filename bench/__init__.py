"""Development tools kept out of the library: ``make bench`` (speed and memory) and ``make
report`` (the README's Quality and Speed tables). They print and exit; the package never does."""
