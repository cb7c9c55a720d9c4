package modularityfixture.orders;

public class Orders {
  public int count() {
    return 0;
  }
}
