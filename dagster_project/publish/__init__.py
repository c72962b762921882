"""Publish: the checked marts, copied out of the working warehouse for BI tools."""
