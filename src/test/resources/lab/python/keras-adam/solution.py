# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


def init(size, hp):
    return {"m": zeros(size), "v": zeros(size), "v_hat": zeros(size), "t": 1 if MISTAKE == "t-off-by-one" else 0}


def step(w, g, state, hp):
    lr, b1, b2, eps = hp["lr"], hp["beta_1"], hp["beta_2"], hp["epsilon"]
    amsgrad = hp["amsgrad"] == 1 and MISTAKE != "amsgrad-ignored"
    state["t"] += 1
    p1, p2 = b1 ** state["t"], b2 ** state["t"]
    alpha = lr if MISTAKE == "no-bias-correction" else lr * sqrt(1 - p2) / (1 - p1)
    m, v, v_hat = state["m"], state["v"], state["v_hat"]
    for i in range(len(w)):
        new_m = m[i] + (g[i] - m[i]) * (1 - b1)
        new_v = v[i] + (g[i] * g[i] - v[i]) * (1 - b2)
        new_hat = max(v_hat[i], new_v) if amsgrad else v_hat[i]
        second = new_hat if amsgrad else new_v
        if MISTAKE == "paper-form":
            update = lr * (new_m / (1 - p1)) / (sqrt(second / (1 - p2)) + eps)
        elif MISTAKE == "eps-inside-root":
            update = new_m * alpha / sqrt(second + eps)
        else:
            update = new_m * alpha / (sqrt(second) + eps)
        if MISTAKE != "state-not-updated":
            m[i], v[i], v_hat[i] = new_m, new_v, new_hat
        w[i] = apply(w[i], update)
    return w
