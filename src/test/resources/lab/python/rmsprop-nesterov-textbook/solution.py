# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


def init(size, hp):
    return {"r": zeros(size, 1.0 if MISTAKE == "starts-at-one" else 0.0), "v": zeros(size)}


def step(w, g, state, hp):
    lr, decay = hp["lr"], hp["decay"]
    mu = 0.0 if MISTAKE == "no-momentum" else hp["momentum"]
    keep, new_share = (1 - decay, decay) if MISTAKE == "decay-swapped" else (decay, 1 - decay)
    r, v = state["r"], state["v"]
    for i in range(len(w)):
        new_r = keep * r[i] + new_share * g[i] * g[i]
        scaled = 0.0 if new_r == 0 else lr * g[i] / sqrt(new_r)
        new_v = mu * v[i] - scaled
        if MISTAKE != "state-not-updated":
            r[i], v[i] = new_r, new_v
        w[i] = apply(w[i], -new_v)
    return w
