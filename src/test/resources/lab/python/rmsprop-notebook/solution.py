# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step

NOTEBOOK = True


def init(size, hp):
    return {"u" if NOTEBOOK else "r": zeros(size, 1.0 if MISTAKE == "starts-at-one" else 0.0)}


def step(w, g, state, hp):
    lr, decay = hp["lr"], hp["decay"]
    eps = hp["epsilon"] if NOTEBOOK else hp["delta"]
    keep, new_share = (1 - decay, decay) if MISTAKE == "decay-swapped" else (decay, 1 - decay)
    inside = NOTEBOOK != (MISTAKE in ("delta-inside-root", "eps-outside-root"))
    r = state["u" if NOTEBOOK else "r"]
    for i in range(len(w)):
        new = keep * r[i] + new_share * g[i] * g[i]
        den = sqrt(new + eps) if inside else eps + sqrt(new)
        if MISTAKE != "state-not-updated":
            r[i] = new
        w[i] = apply(w[i], lr * g[i] / den)
    return w
