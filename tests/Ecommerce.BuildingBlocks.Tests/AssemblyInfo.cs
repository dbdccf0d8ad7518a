[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: Ecommerce.Testing.ShuffledOrder]
