"""IATI 2.03 open data: the activities file (public projects) and the organisation file (the
network's budget and spending per year), built with lxml and validated against the official
schemas shipped unchanged in schemas-2.03/ before anything is served or written.

`activities_file()` and `organisation_file()` return a `Published`: the XML bytes, the
projects left out with the rule each one breaks in plain words, and how many were included."""
