# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


def init(size, hp):
    if MISTAKE == "initial-accumulator-tf":
        start = 0.01
    elif MISTAKE == "initial-accumulator-zero":
        start = 0.0
    else:
        start = hp["initial_accumulator_value"]
    return {"acc": zeros(size, start)}


def step(w, g, state, hp):
    lr, eps = hp["lr"], hp["epsilon"]
    acc = state["acc"]
    for i in range(len(w)):
        new = acc[i] + (g[i] if MISTAKE == "g-not-squared" else g[i] * g[i])
        if MISTAKE != "state-not-updated":
            acc[i] = new
        w[i] = apply(w[i], lr * g[i] / sqrt(new + eps))
    return w
