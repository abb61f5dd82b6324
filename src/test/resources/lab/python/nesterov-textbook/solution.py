# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step

NESTEROV = True


def init(size, hp):
    return {"v": zeros(size)}


def step(w, g, state, hp):
    lr, mu = hp["lr"], hp["momentum"]
    v = state["v"]
    for i in range(len(w)):
        if MISTAKE == "tensorflow-form":
            new = v[i] * mu + g[i]
            update = g[i] * lr + new * mu * lr if NESTEROV else new * lr
        elif MISTAKE == "lr-outside-buffer":
            new = mu * v[i] - g[i]
            update = -(lr * new)
        else:
            new = mu * v[i] - lr * g[i]
            update = -(mu * new - lr * g[i] if MISTAKE == "rearranged-form" else new)
        if MISTAKE != "state-not-updated":
            v[i] = new
        w[i] = apply(w[i], update)
    return w
