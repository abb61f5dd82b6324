# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


def init(size, hp):
    return {"r": zeros(size, 0.01 if MISTAKE == "tensorflow-form" else 0.0)}


def step(w, g, state, hp):
    lr, delta = hp["lr"], hp["delta"]
    r = state["r"]
    for i in range(len(w)):
        new = r[i] + (g[i] if MISTAKE == "g-not-squared" else g[i] * g[i])
        if MISTAKE == "tensorflow-form":
            den = sqrt(new)
        elif MISTAKE == "delta-inside-root":
            den = sqrt(new + delta)
        else:
            den = delta + sqrt(new)
        if MISTAKE != "state-not-updated":
            r[i] = new
        w[i] = apply(w[i], lr * g[i] / den)
    return w
