# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


FROZEN = True


def init(size, hp):
    return {"m": zeros(size), "v": zeros(size), "t": 0, "P": 1.0}


def mu(b1, t):
    power = 0.96 ** t if MISTAKE == "keras-schedule" else 0.96 ** (0.004 * t)
    return b1 * (1 - 0.5 * power)


def step(w, g, state, hp):
    lr, b1, b2, eps = hp["lr"], hp["beta1"], hp["beta2"], hp["epsilon"]
    frozen = FROZEN != (MISTAKE in ("real-step", "frozen-step"))
    state["t"] += 1
    t = 1 if frozen else state["t"]
    mu_t, mu_next = mu(b1, t), mu(b1, t + 1)
    state["P"] = mu_t if MISTAKE == "no-product" else state["P"] * mu_t
    p = state["P"]
    if MISTAKE == "v-not-corrected":
        v_den = 1.0
    else:
        v_den = 1 - b2 if frozen else 1 - b2 ** state["t"]
    m, v = state["m"], state["v"]
    for i in range(len(w)):
        g_hat = g[i] / (1 - p)
        new_m = b1 * m[i] + (1 - b1) * g[i]
        m_hat = new_m / (1 - p * mu_next)
        new_v = b2 * v[i] + (1 - b2) * (g[i] * g[i])
        v_hat = new_v / v_den
        m_bar = (1 - mu_t) * g_hat + mu_next * m_hat
        if MISTAKE != "state-not-updated":
            m[i], v[i] = new_m, new_v
        w[i] = apply(w[i], lr * m_bar / (sqrt(v_hat) + eps))
    return w
