import gc
import itertools
import os

from django.core.signals import request_finished
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kota.settings")
application = get_wsgi_application()

# What start-up made (modules, settings, URL patterns: about 126,000 objects) lives as long as
# the process: moved out of the garbage collector's generations, a full collection no longer
# goes through it again (a pause of 128-161 ms became 52-55 ms, one request in 200 of a
# search, measured in process on 100,000 items).
gc.freeze()

# What a worker's first requests make and keep (compiled templates, the search's facet
# snapshot, the reference tables, the analyzer's caches: about 82,000 objects) is frozen
# too, once, after the response to its FREEZE_AFTER_REQUESTS-th request: a full collection
# went through them each time (32-75 ms, one to three in 100 to 250 requests, measured in
# process on 100,000 items over searches, lists and the home page; none in the 400 requests
# after the freeze). The garbage of that moment is collected first, so none is kept for good.
FREEZE_AFTER_REQUESTS = 100
_finished = itertools.count(1)


def _freeze_what_the_first_requests_kept(**_kwargs):
    if next(_finished) == FREEZE_AFTER_REQUESTS:
        gc.collect()
        gc.freeze()


request_finished.connect(_freeze_what_the_first_requests_kept, dispatch_uid="kota-gc-freeze")
