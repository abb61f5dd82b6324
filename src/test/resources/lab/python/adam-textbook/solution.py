# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step

TEXTBOOK = True


def init(size, hp):
    return {"s" if TEXTBOOK else "m": zeros(size), "r" if TEXTBOOK else "v": zeros(size), "t": 1 if MISTAKE == "t-off-by-one" else 0}


def step(w, g, state, hp):
    lr, b1, b2 = hp["lr"], hp["beta1"], hp["beta2"]
    eps = hp["delta"] if TEXTBOOK else hp["epsilon"]
    inside = TEXTBOOK != (MISTAKE in ("delta-outside-root", "eps-inside-root"))
    state["t"] += 1
    p1, p2 = b1 ** state["t"], b2 ** state["t"]
    s, r = state["s" if TEXTBOOK else "m"], state["r" if TEXTBOOK else "v"]
    for i in range(len(w)):
        new_s = b1 * s[i] + (1 - b1) * g[i]
        new_r = b2 * r[i] + (1 - b2) * g[i] * g[i]
        if MISTAKE == "tensorflow-form":
            alpha = lr * sqrt(1 - p2) / (1 - p1)
            update = new_s * alpha / (sqrt(new_r) + eps)
        else:
            s_hat = new_s if MISTAKE == "no-bias-correction" else new_s / (1 - p1)
            r_hat = new_r if MISTAKE == "no-bias-correction" else new_r / (1 - p2)
            update = lr * s_hat / (sqrt(r_hat + eps) if inside else sqrt(r_hat) + eps)
        if MISTAKE != "state-not-updated":
            s[i], r[i] = new_s, new_r
        w[i] = apply(w[i], update)
    return w
