# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size

NESTEROV = False


def init(size, hp):
    return {"accum": zeros(size)}


def step(w, g, state, hp):
    lr, mu = hp["lr"], hp["momentum"]
    a = state["accum"]
    for i in range(len(w)):
        if MISTAKE == "textbook-form":
            new = a[i] * mu - g[i] * lr
            update = -new
        elif MISTAKE == "lr-inside-buffer":
            new = a[i] * mu + g[i] * lr
            update = g[i] * lr + new * mu if NESTEROV else new
        else:
            new = a[i] * mu + g[i]
            update = g[i] * lr + new * mu * lr if NESTEROV and MISTAKE != "no-nesterov-term" else new * lr
        if MISTAKE != "state-not-updated":
            a[i] = new
        w[i] = w[i] + update if MISTAKE == "sign" else w[i] - update
    return w
