# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


def init(size, hp):
    return {"m": zeros(size), "u": zeros(size), "t": 1 if MISTAKE == "t-off-by-one" else 0}


def step(w, g, state, hp):
    lr, b1, b2, eps = hp["lr"], hp["beta_1"], hp["beta_2"], hp["epsilon"]
    state["t"] += 1
    correction = 1.0 if MISTAKE == "no-bias-correction" else 1 - b1 ** state["t"]
    m, u = state["m"], state["u"]
    for i in range(len(w)):
        new_m = m[i] + (g[i] - m[i]) * (1 - b1)
        if MISTAKE == "eps-inside-max":
            new_u = max(b2 * u[i], abs(g[i]) + eps)
            update = lr * new_m / (correction * new_u)
        else:
            new_u = max(b2 * u[i], abs(g[i]))
            update = lr * new_m / (correction * (new_u + eps))
        if MISTAKE != "state-not-updated":
            m[i], u[i] = new_m, new_u
        w[i] = apply(w[i], update)
    return w
