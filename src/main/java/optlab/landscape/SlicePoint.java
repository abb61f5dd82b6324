package optlab.landscape;

/**
 * A trajectory point over a slice.
 *
 * @param a where it projects onto the plane's first direction
 * @param b where it projects onto the second
 * @param sliceLoss the loss on the slice at (a, b): where the point is drawn, on the surface
 * @param trueLoss the loss at the point's own weights
 * @param distance how far the point's weights are from (a, b) on the plane: 0 means it lies on the slice
 */
public record SlicePoint(long step, double a, double b, double sliceLoss, double trueLoss, double distance) {
}
