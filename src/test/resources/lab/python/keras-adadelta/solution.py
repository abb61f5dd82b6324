# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def sqrt(x):
    return float("nan") if x < 0 else x ** 0.5


def zeros(size, value=0.0):
    return [value] * size


def apply(w, step):
    return w + step if MISTAKE == "sign" else w - step


def init(size, hp):
    return {"acc": zeros(size), "acc_d": zeros(size)}


def step(w, g, state, hp):
    lr = 1.0 if MISTAKE == "no-learning-rate" else hp["lr"]
    rho, eps = hp["rho"], hp["epsilon"]
    acc, acc_d = state["acc"], state["acc_d"]
    for i in range(len(w)):
        new_acc = rho * acc[i] + (1 - rho) * (g[i] * g[i])
        if MISTAKE == "eps-outside-root":
            d = -((sqrt(acc_d[i]) + eps) * g[i] / (sqrt(new_acc) + eps))
        else:
            d = -(sqrt(acc_d[i] + eps) * g[i] / sqrt(new_acc + eps))
        kept = lr * d if MISTAKE == "lr-in-accumulator" else d
        new_acc_d = rho * acc_d[i] + (1 - rho) * (kept * kept)
        if MISTAKE != "state-not-updated":
            acc[i], acc_d[i] = new_acc, new_acc_d
        w[i] = apply(w[i], -(lr * d))
    return w
