"""Actors stage: who did what to whom, through a knowledge base of names in every language."""

from .kb import Actor, ActorRef, CountryNamer, named_actors, pack_actor_phrases, resolve

__all__ = ["Actor", "ActorRef", "CountryNamer", "named_actors", "pack_actor_phrases", "resolve"]
