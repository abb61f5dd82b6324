# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def init(size, hp):
    return {"accum": zeros(size, 0.0 if MISTAKE == "initial-accumulator-zero" else float(hp["initial_accumulator"]))}


def step(w, g, state, hp):
    acc = state["accum"]
    for i in range(len(w)):
        old = acc[i]
        new = acc[i] + (g[i] if MISTAKE == "g-not-squared" else g[i] * g[i])
        update = g[i] * hp["lr"] / sqrt(old if MISTAKE == "update-before-accumulate" else new)
        if MISTAKE != "state-not-updated":
            acc[i] = new
        w[i] = w[i] + update if MISTAKE == "sign" else w[i] - update
    return w
