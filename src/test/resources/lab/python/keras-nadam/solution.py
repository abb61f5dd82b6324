# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


def init(size, hp):
    return {"m": zeros(size), "v": zeros(size), "t": 0, "P": 1.0}


def schedule(t):
    return 1 - 0.5 * (0.96 ** (0.004 * t) if MISTAKE == "tensorflow-schedule" else 0.96 ** t)


def step(w, g, state, hp):
    lr, b1, b2, eps = hp["lr"], hp["beta_1"], hp["beta_2"], hp["epsilon"]
    state["t"] += 1
    t = state["t"]
    u_t, u_next = b1 * schedule(t), b1 * schedule(t + 1)
    state["P"] = u_t if MISTAKE == "no-product" else state["P"] * b1 * schedule(t)
    p = state["P"]
    m, v = state["m"], state["v"]
    for i in range(len(w)):
        new_m = m[i] + (g[i] - m[i]) * (1 - b1)
        new_v = v[i] + (g[i] * g[i] - v[i]) * (1 - b2)
        m_hat = u_next * new_m / (1 - p * u_next) + (1 - u_t) * g[i] / (1 - p)
        v_hat = new_v if MISTAKE == "v-not-corrected" else new_v / (1 - b2 ** t)
        if MISTAKE != "state-not-updated":
            m[i], v[i] = new_m, new_v
        w[i] = apply(w[i], m_hat * lr / (sqrt(v_hat) + eps))
    return w
