"""The field helpers of starkware.python.math_utils that hints use, for when cairo-lang is not
importable (with it, the reference's own functions are used)."""


def div_mod(n: int, m: int, p: int) -> int:
    """n / m modulo p."""
    try:
        inverse = pow(m, -1, p)
    except ValueError:
        raise AssertionError from None
    return (n * inverse) % p


def safe_div(x: int, y: int) -> int:
    """x / y, which must be an exact division."""
    assert y != 0
    assert x % y == 0, f"{x} is not divisible by {y}."
    return x // y


def is_quad_residue(n: int, p: int) -> bool:
    """Whether n is a square modulo the prime p."""
    n %= p
    return n == 0 or pow(n, (p - 1) // 2, p) == 1


def sqrt(n: int, p: int) -> int:
    """The smaller square root of n modulo the prime p (Tonelli-Shanks)."""
    assert 0 <= n < p
    if n == 0:
        return 0
    assert is_quad_residue(n, p)
    q, s = p - 1, 0
    while q % 2 == 0:
        q, s = q // 2, s + 1
    z = 2
    while is_quad_residue(z, p):
        z += 1
    m, c, t, r = s, pow(z, q, p), pow(n, q, p), pow(n, (q + 1) // 2, p)
    while t != 1:
        i, t2 = 0, t
        while t2 != 1:
            t2, i = t2 * t2 % p, i + 1
        b = pow(c, 1 << (m - i - 1), p)
        m, c, t, r = i, b * b % p, t * b * b % p, r * b % p
    return min(r, p - r)
