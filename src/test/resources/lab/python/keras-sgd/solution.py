# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


def init(size, hp):
    return {"m": zeros(size)}


def step(w, g, state, hp):
    lr, mu = hp["lr"], hp["momentum"]
    nesterov = hp["nesterov"] == 1 and MISTAKE != "nesterov-ignored"
    m = state["m"]
    for i in range(len(w)):
        if MISTAKE == "tensorflow-form":
            new = m[i] * mu + g[i]
            update = g[i] * lr + new * mu * lr if nesterov else new * lr
        else:
            new = m[i] * mu - g[i] * lr
            update = -(new * mu - g[i] * lr if nesterov else new)
        if MISTAKE != "state-not-updated":
            m[i] = new
        w[i] = apply(w[i], update)
    return w
