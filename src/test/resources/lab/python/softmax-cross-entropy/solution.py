# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
# logits and labels are batch x classes: NumPy float32 arrays, or lists of rows of floats.
import math

MISTAKE = None

try:
    import numpy as np
except ImportError:
    np = None


def exp(v):
    """e^v in the arithmetic of v: float32 for NumPy's numbers (inf past 88), double for plain floats."""
    return np.exp(v) if np is not None and isinstance(v, np.generic) else math.exp(v)


def log(v):
    if np is not None and isinstance(v, np.generic):
        return np.log(v)
    return -math.inf if v == 0 else math.log(v)


def softmax(row):
    m = 0.0 if MISTAKE == "no-max-subtraction" else max(row)
    e = [exp(z - m) for z in row]
    s = sum(e)
    return [v / s for v in e]


def forward(logits, labels):
    total = 0.0
    for z, t in zip(logits, labels):
        if MISTAKE in ("log-of-softmax", "no-max-subtraction"):
            loss = -sum(tj * log(pj) for pj, tj in zip(softmax(z), t) if tj != 0)
        else:
            m = max(z)
            loss = log(sum(exp(zj - m) for zj in z)) - sum(tj * (zj - m) for zj, tj in zip(z, t))
        total += loss
    return total if MISTAKE == "loss-summed" else total / len(logits)


def backward(logits, labels):
    batch = len(logits)
    grad = []
    for z, t in zip(logits, labels):
        row = []
        for pj, tj in zip(softmax(z), t):
            d = tj - pj if MISTAKE == "sign-flipped" else pj - tj
            row.append(d if MISTAKE == "not-divided-by-batch" else d / batch)
        grad.append(row)
    return grad
