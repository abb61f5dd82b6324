# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


def init(size, hp):
    return {"v": zeros(size, 1.0 if MISTAKE == "v-starts-at-one" else 0.0), "mg": zeros(size), "mom": zeros(size)}


def step(w, g, state, hp):
    lr, rho, mu, eps = hp["lr"], hp["rho"], hp["momentum"], hp["epsilon"]
    centered = hp["centered"] == 1
    v, mg, mom = state["v"], state["mg"], state["mom"]
    for i in range(len(w)):
        new_v = rho * v[i] + (1 - rho) * (g[i] * g[i])
        new_mg = rho * mg[i] + (1 - rho) * g[i] if centered else mg[i]
        square = new_v - new_mg * new_mg if centered and MISTAKE != "not-centered" else new_v
        root = sqrt(square) + eps if MISTAKE == "eps-outside-root" else sqrt(square + eps)
        new_mom = mu * mom[i] + lr * g[i] / root
        if MISTAKE != "state-not-updated":
            v[i], mg[i], mom[i] = new_v, new_mg, new_mom
        w[i] = apply(w[i], new_mom)
    return w
