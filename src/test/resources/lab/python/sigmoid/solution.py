# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
import math

MISTAKE = None

try:
    import numpy as np
except ImportError:
    np = None


def exp(v):
    """e^v in the arithmetic of v: float32 for NumPy's numbers, double for plain floats."""
    return np.exp(v) if np is not None and isinstance(v, np.generic) else math.exp(v)


def forward(x):
    y = []
    for v in x:
        z = -v if MISTAKE == "forward-sign" else v
        if z >= 0:
            y.append(1 / (1 + exp(-z)))
        else:
            e = exp(z)
            y.append(e / (1 + e))
    return y


def backward(x, y, grad_y):
    dx = []
    for v, s, g in zip(x, y, grad_y):
        if MISTAKE == "derivative-y":
            dx.append(g * s)
        elif MISTAKE == "uses-x":
            dx.append(g * (v * (1 - v)))
        elif MISTAKE == "no-grad-y":
            dx.append(s * (1 - s))
        else:
            dx.append(g * (s * (1 - s)))
    return dx
