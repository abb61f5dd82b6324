# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def init(size, hp):
    t0 = 1 if MISTAKE == "t-off-by-one" else 0
    return {"m": zeros(size), "v": zeros(size), "t": t0}


def step(w, g, state, hp):
    lr, b1, b2, eps = hp["lr"], hp["beta1"], hp["beta2"], hp["epsilon"]
    state["t"] += 1
    t = state["t"]
    p1, p2 = b1 ** t, b2 ** t
    alpha = lr if MISTAKE == "no-bias-correction" else lr * sqrt(1 - p2) / (1 - p1)
    m, v = state["m"], state["v"]
    for i in range(len(w)):
        new_m = m[i] + (g[i] - m[i]) * (1 - b1)
        new_v = v[i] + ((g[i] if MISTAKE == "g-not-squared" else g[i] * g[i]) - v[i]) * (1 - b2)
        if MISTAKE == "textbook-form":
            update = lr * (new_m / (1 - p1)) / (sqrt(new_v / (1 - p2)) + eps)
        elif MISTAKE == "eps-inside-root":
            update = new_m * alpha / sqrt(new_v + eps)
        else:
            update = new_m * alpha / (sqrt(new_v) + eps)
        if MISTAKE != "state-not-updated":
            m[i], v[i] = new_m, new_v
        w[i] = w[i] + update if MISTAKE == "sign" else w[i] - update
    return w
