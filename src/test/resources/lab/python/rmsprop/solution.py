# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def init(size, hp):
    return {"ms": zeros(size, 0.0 if MISTAKE == "ms-starts-at-zero" else 1.0), "mom": zeros(size)}


def step(w, g, state, hp):
    decay, eps, mu, lr = hp["decay"], hp["epsilon"], hp["momentum"], hp["lr"]
    rate = decay if MISTAKE == "decay-swapped" else 1 - decay
    ms, mom = state["ms"], state["mom"]
    for i in range(len(w)):
        g2 = g[i] if MISTAKE == "g-not-squared" else g[i] * g[i]
        new_ms = ms[i] + (g2 - ms[i]) * rate
        root = sqrt(new_ms) + eps if MISTAKE == "eps-outside-root" else sqrt(new_ms + eps)
        new_mom = mom[i] * mu + g[i] * lr / root
        if MISTAKE != "state-not-updated":
            ms[i], mom[i] = new_ms, new_mom
        w[i] = w[i] + new_mom if MISTAKE == "sign" else w[i] - new_mom
    return w
