# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


def init(size, hp):
    return {"ms": zeros(size, 0.0 if MISTAKE == "ms-starts-at-zero" else 1.0), "mg": zeros(size), "mom": zeros(size)}


def step(w, g, state, hp):
    decay, eps, mu, lr = hp["decay"], hp["epsilon"], hp["momentum"], hp["lr"]
    ms, mg, mom = state["ms"], state["mg"], state["mom"]
    for i in range(len(w)):
        new_ms = ms[i] + (g[i] * g[i] - ms[i]) * (1 - decay)
        new_mg = mg[i] + (g[i] - mg[i]) * (1 - decay)
        square = new_ms if MISTAKE == "not-centered" else new_ms - new_mg * new_mg
        root = sqrt(square) + eps if MISTAKE == "eps-outside-root" else sqrt(square + eps)
        new_mom = mom[i] * mu + g[i] * lr / root
        if MISTAKE != "state-not-updated":
            ms[i], mg[i], mom[i] = new_ms, new_mg, new_mom
        w[i] = apply(w[i], new_mom)
    return w
