# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


def init(size, hp):
    return {"m": zeros(size), "v": zeros(size), "v_hat": zeros(size), "t": 0}


def decay(w, hp):
    lr = 1.0 if MISTAKE == "decay-without-lr" else hp["lr"]
    for i in range(len(w)):
        w[i] = w[i] - w[i] * hp["weight_decay"] * lr


def adam(w, g, state, hp):
    lr, b1, b2, eps = hp["lr"], hp["beta_1"], hp["beta_2"], hp["epsilon"]
    amsgrad = hp["amsgrad"] == 1
    state["t"] += 1
    p1, p2 = b1 ** state["t"], b2 ** state["t"]
    alpha = lr * sqrt(1 - p2) / (1 - p1)
    m, v, v_hat = state["m"], state["v"], state["v_hat"]
    for i in range(len(w)):
        m[i] = m[i] + (g[i] - m[i]) * (1 - b1)
        v[i] = v[i] + (g[i] * g[i] - v[i]) * (1 - b2)
        if amsgrad:
            v_hat[i] = max(v_hat[i], v[i])
        second = v_hat[i] if amsgrad else v[i]
        w[i] = apply(w[i], m[i] * alpha / (sqrt(second) + eps))


def step(w, g, state, hp):
    decoupled = MISTAKE not in ("no-decay", "l2-in-gradient")
    if decoupled and MISTAKE != "decay-after-step":
        decay(w, hp)
    if MISTAKE == "l2-in-gradient":
        g = [g[i] + hp["weight_decay"] * w[i] for i in range(len(g))]
    adam(w, g, state, hp)
    if decoupled and MISTAKE == "decay-after-step":
        decay(w, hp)
    return w
