# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def init(size, hp):
    return {}


def step(w, g, state, hp):
    lr = 1.0 if MISTAKE == "lr-missing" else hp["lr"]
    sign = -1 if MISTAKE == "sign" else 1
    for i in range(len(w)):
        w[i] = w[i] - sign * g[i] * lr
    return w
