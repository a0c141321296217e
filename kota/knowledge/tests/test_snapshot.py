import random

from kota.knowledge.snapshot import bitset, set_bits


def test_a_bitset_has_the_bits_of_its_positions_and_set_bits_reads_them_back():
    rng = random.Random(3)
    for size in (0, 1, 7, 8, 64, 65, 1000, 9999):
        positions = sorted(rng.sample(range(size), k=rng.randint(0, size))) if size else []
        mask = bitset(positions, size)
        assert mask == sum(1 << p for p in positions)
        assert set_bits(mask, size, 0, size + 1) == positions
        assert set_bits(mask, size, 0, size + 1, reverse=True) == positions[::-1]
        assert set_bits(mask, size, 2, 3) == positions[2:5]
