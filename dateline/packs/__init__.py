"""Language packs: the per-language knowledge in ``dateline/data/<lang>/*.toml`` (or in an
installed package, entry point group ``dateline.packs``), validated against a schema."""

from .loader import (
                     DATA_PACKAGE,
                     ENTRY_POINT_GROUP,
                     FoldedGrammar,
                     LanguagePack,
                     available_languages,
                     clear_caches,
                     folded_index,
                     load_pack,
                     pack_dates,
                     pack_file,
                     pack_folders,
                     pack_meta,
                     read_data_file,
                     read_pack_file,
                     validate,
)

__all__ = ["DATA_PACKAGE", "ENTRY_POINT_GROUP", "FoldedGrammar", "LanguagePack", "available_languages",
           "clear_caches", "folded_index", "load_pack", "pack_dates", "pack_file", "pack_folders", "pack_meta",
           "read_data_file", "read_pack_file", "validate"]
