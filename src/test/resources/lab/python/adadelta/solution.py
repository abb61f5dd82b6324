# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


def init(size, hp):
    return {"accum": zeros(size), "accum_update": zeros(size)}


def step(w, g, state, hp):
    lr = 1.0 if MISTAKE == "no-learning-rate" else hp["lr"]
    rho, eps = hp["rho"], hp["epsilon"]
    acc, acc_u = state["accum"], state["accum_update"]
    for i in range(len(w)):
        new_acc = acc[i] * rho + g[i] * g[i] * (1 - rho)
        if MISTAKE == "eps-outside-root":
            u = (sqrt(acc_u[i]) + eps) / (sqrt(new_acc) + eps) * g[i]
        else:
            u = sqrt(acc_u[i] + eps) * (1 / sqrt(new_acc + eps)) * g[i]
        kept = u * lr if MISTAKE == "lr-in-accumulator" else u
        new_acc_u = acc_u[i] * rho + kept * kept * (1 - rho)
        if MISTAKE != "state-not-updated":
            acc[i], acc_u[i] = new_acc, new_acc_u
        w[i] = apply(w[i], u * lr)
    return w
