# The results app's fixtures (the Manifesto, a second reviewer, Council and past board
# members) serve the work plans' tests too.
from kota.results.tests.conftest import council, manifesto, past_board, reviewer

__all__ = ["council", "manifesto", "past_board", "reviewer"]
