"""Published: the checked marts, copied out of the working warehouse for BI tools (group and key
prefix `published`)."""
