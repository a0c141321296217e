import random
from array import array

from kota.knowledge.snapshot import (
    SPARSE_FACTOR,
    SPARSE_SLACK,
    Snapshot,
    bitset,
    position_index,
    set_bits,
)


def test_a_bitset_has_the_bits_of_its_positions_and_set_bits_reads_them_back():
    rng = random.Random(3)
    for size in (0, 1, 7, 8, 64, 65, 1000, 9999):
        positions = sorted(rng.sample(range(size), k=rng.randint(0, size))) if size else []
        mask = bitset(positions, size)
        assert mask == sum(1 << p for p in positions)
        assert set_bits(mask, size, 0, size + 1) == positions
        assert set_bits(mask, size, 0, size + 1, reverse=True) == positions[::-1]
        assert set_bits(mask, size, 2, 3) == positions[2:5]


def _snapshot(ids):
    return Snapshot(None, ids, position_index(ids), {})


def test_items_are_found_by_id_whether_their_ids_are_dense_or_sparse():
    rng = random.Random(5)
    dense = rng.sample(range(1, 3000), k=1000)
    sparse = dense[:-1] + [SPARSE_FACTOR * len(dense) + SPARSE_SLACK + 7]
    for ids, kind in ((dense, array), (sparse, dict)):
        snapshot = _snapshot(ids)
        assert isinstance(snapshot.slots, kind)
        asked = rng.sample(ids, k=300) + [0, -4, max(ids) + 1, 10**12]  # and ids it has not
        expected = sum(1 << ids.index(pk) for pk in asked if pk in ids)
        assert snapshot.mask_of_ids(asked) == expected
        within = snapshot.mask_of_ids(ids[::3])
        contains = snapshot.contains(within)
        assert [pk for pk in asked if contains(pk)] == [pk for pk in asked if pk in ids[::3]]


def test_an_empty_snapshot_finds_nothing():
    snapshot = _snapshot([])
    assert snapshot.mask_of_ids([1, 2]) == 0
    assert not snapshot.contains(0)(1)
